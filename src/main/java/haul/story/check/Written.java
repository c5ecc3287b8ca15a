package haul.story.check;

import java.math.BigDecimal;

/** A figure as prose writes it: its value in its written unit and its hedge. */
record Written(BigDecimal value, FigureUnit unit, Hedge hedge) {}
