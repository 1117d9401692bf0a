/**
 * The author's names as the byline gives them: how the story's own credit lines are told from
 * its text — a bio at the end ("Jane Doe is a senior editor…"), a credit at the top ("By Jane
 * Doe | Dec 4, 2025").
 */

/** Words of a byline that are no name: "By Jane Doe", "Posted by", "Updated March 3". */
const NOT_NAME = /^(?:by|posted|written|updated|published|staff|team|editors?|contributors?|official|the|der|die|das|les|los|las|het|and|und|et|y|e|en|von|par|por|da|di|door|מאת)$/i;

/**
 * The words of the byline that may name its author, folded: "jane", "doe". A person has two
 * names at least; a byline of one word is a brand ("Acme", "QCY Official"), whose paragraph
 * about itself ("Acme is dedicated to…") is the page's own.
 */
export function authorNames(byline: string | null): Set<string> {
  const words = (byline ?? '').match(/[\p{Lu}\p{Lo}][\p{L}'’-]+/gu) ?? [];
  const names = new Set(words.filter((word) => word.length > 2 && !NOT_NAME.test(word)).map((word) => word.toLowerCase()));
  return names.size >= 2 ? names : new Set();
}
