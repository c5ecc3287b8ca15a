package haul.story.check;

/** Which of a series' facts a figure states. */
enum Role {
  CURRENT,
  PREVIOUS,
  PERCENT_CHANGE,
  MULTIPLE,
  SHARE
}
