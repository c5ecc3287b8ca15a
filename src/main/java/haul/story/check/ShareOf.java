package haul.story.check;

/** What a share, its words read, is a share of: the seizures or the quantity of its drugs. */
enum ShareOf {
  SEIZURES,
  QUANTITY
}
