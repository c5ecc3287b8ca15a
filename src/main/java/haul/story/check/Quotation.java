package haul.story.check;

/**
 * Words inside double quotation marks, marks included; it may run over several paragraphs.
 *
 * @param start offset of the opening mark in the whole text
 * @param end offset just past the closing mark, or past the last paragraph it runs into
 * @param paragraph the paragraph it opens in
 */
record Quotation(int start, int end, int paragraph) {}
