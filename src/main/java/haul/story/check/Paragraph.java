package haul.story.check;

/**
 * A paragraph of the checked text.
 *
 * @param number 1-based, in the order of the text
 * @param start offset of its first character in the whole text
 * @param text as written
 * @param unquoted the same text with every quotation (marks included) blanked to spaces, so that
 *     offsets still line up: what the checker reads as the story's own claims
 */
record Paragraph(int number, int start, String text, String unquoted) {

  int end() {
    return start + text.length();
  }
}
