/**
 * Forms inside an extracted article: a newsletter or lead-capture box, a poll, a comment box.
 * Readability keeps a form it scores well but strips its fields, and the sanitizer drops the form
 * tag but keeps what it held, so the labels and hints ("First Name*", "Email*", "This field is
 * for validation purposes…") would read as loose lines of the story. A reader view has no use for
 * a form: it goes whole, unless it holds much of the article (some CMSs wrap the page in one).
 */

/** Share of the article's text a form may hold and still be a box beside it. */
const MAX_FORM_SHARE = 0.3;

/** Remove the forms under `root` that are boxes beside the article; returns what went. */
export function dropForms(root: Element): Element[] {
  const forms = Array.from(root.getElementsByTagName('form'));
  if (forms.length === 0) return [];
  const length = root.textContent?.length ?? 0;
  const removed = forms.filter((form) => (form.textContent?.length ?? 0) <= MAX_FORM_SHARE * length);
  for (const form of removed) form.remove();
  return removed;
}
