package haul.story.prose;

import java.math.BigDecimal;

/** A figure as prose writes it: its value in its written unit (never a negative scale) and its hedge. */
public record Written(BigDecimal value, FigureUnit unit, Hedge hedge) {}
