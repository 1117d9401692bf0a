/**
 * Photo credits left in an extracted article: a line that only says whose picture it is ("Image
 * credit: Digital Foundry", "Photo by Jane Doe via Unsplash", "(Photo: Getty Images)", "Foto:
 * dpa", "צילום: רויטרס", "Jane Doe / Getty Images", "Getty Images / Jane Doe", "Courtesy of the
 * brand"). In the page they sit under the picture; in the reader, where captions and pictures may
 * be apart, they read as loose lines of the story. The picture stays, and so does a caption that
 * says more than the credit ("The harbour at dawn. Photo: Jane Doe" loses only its credit).
 */
import { MEDIA } from './dom';
import { collapse } from './text';

/**
 * "Photo:", "Image credit:", "Photo by", "Picture courtesy of", "Foto:", "Bild:", "Crédit photo :",
 * "Imagem:", "Afbeelding:", "צילום:"… at the start of a line, maybe in brackets. "Foto de",
 * "Photo de" may be "a photo of": only the colon counts in those languages. A bare "Credit:" or
 * "Source:" is left alone (under a chart or a quote it is part of the story), except as the
 * caption of a figure (FIGURE_CREDIT).
 */
const CREDIT =
  '(?:(?:photo(?:graph)?s?|images?|pictures?|pics?|foto(?:grafía|grafia|s)?|bild(?:er)?|imagem|imagen|immagine|afbeelding|צילום|תמונה)(?:\\s+(?:credits?|source|courtesy))?\\s*(?::|\\||\\b(?:by|courtesy|via)\\b)|crédits?\\s+photos?\\s*:)';
const CREDIT_LINE = new RegExp(`^\\(?\\s*${CREDIT}`, 'i');
/** Agencies that only sell pictures: they may come first in a credit ("Reuters / Ipsos" is a poll). */
const PICTURE_AGENCY = '(?:getty images|istock(?:photo)?|shutterstock(?:\\.com)?|alamy|unsplash|pexels|adobe stock)';
/** Picture agencies, named last in a credit: "Jane Doe / Getty Images", "© guoya / Shutterstock". */
const AGENCY = `(?:${PICTURE_AGENCY}|reuters|afp|ap photo|dpa|epa)`;
/** A name: up to four words ("The Moulin Rouge in Paris Jane Doe/Reuters" is a caption). */
const NAME = '(?:[^\\s.!?:|/]+\\s+){0,3}[^\\s.!?:|/]+';
/**
 * A name or up to three, each followed by "/" or "|", then the agency; a picture agency first, then
 * the names ("Getty Images / Jane Doe"); or whose courtesy it is ("Courtesy of the brand").
 */
const AGENCY_LINE = new RegExp(
  `^\\(?\\s*(?:©\\s*)?(?:(?:${NAME}\\s*[|/]\\s*){1,3}${AGENCY}|${PICTURE_AGENCY}(?:\\s*[|/]\\s*${NAME}){1,3}|courtesy of\\s+${NAME})\\s*\\)?$`,
  'i',
);
const AGENCY_END = new RegExp(`${AGENCY}\\s*\\)?\\s*$`, 'i');
/** "Credit: The Spruce Eats" as a figure's caption: whose the picture is, whatever it shows. */
const FIGURE_CREDIT = /^\s*\(?\s*credits?\s*:/i;
/** A credit anywhere in a text: one native search tells most articles they hold none. */
const CREDIT_ANYWHERE = new RegExp(`${CREDIT}|[|/]\\s*${AGENCY}|${PICTURE_AGENCY}\\s*[|/]|credits?\\s*:|courtesy`, 'i');
/** What a credit line may start with: the cheap test before the one above. */
const CREDIT_START = new RegExp(`^\\s*\\(?\\s*(?:©\\s*)?(?:photo|image|picture|pic|foto|bild|imag|immag|afbeelding|צילום|תמונה|crédit|courtesy|${PICTURE_AGENCY})`, 'i');
/** A credit is a name or two: a longer line is a caption or the story. */
const MAX_CREDIT_LENGTH = 150;

const inCaption = (el: Element): boolean => el.closest('figcaption') !== null;

/** The credit's whole line: up from `start` while the parent holds no picture and little else. */
function creditLine(start: Element, root: Element, fits: (text: string) => boolean): Element {
  let line = start;
  for (let parent = line.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const text = collapse(parent.textContent ?? '');
    if (text.length > MAX_CREDIT_LENGTH || !fits(text) || parent.querySelector(MEDIA)) break;
    line = parent;
  }
  return line;
}

/** Remove the photo-credit lines under `root`; returns what went. */
export function dropPhotoCredits(root: Element): Element[] {
  if (!CREDIT_ANYWHERE.test(root.textContent ?? '')) return [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const starts: Element[] = [];
  const ends: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement) continue;
    const value = node.nodeValue ?? '';
    if (CREDIT_START.test(value) || (FIGURE_CREDIT.test(value) && inCaption(node.parentElement))) starts.push(node.parentElement);
    else if (AGENCY_END.test(value)) ends.push(node.parentElement);
  }
  const lines = [
    ...starts.map((start) => ({ start, fits: (text: string, own: string) => text.startsWith(own) })),
    ...ends.map((start) => ({ start, fits: (text: string, own: string) => text.endsWith(own) })),
  ];
  const removed: Element[] = [];
  for (const { start, fits } of lines) {
    if (!root.contains(start)) continue;
    const own = collapse(start.textContent ?? '');
    const line = creditLine(start, root, (text) => fits(text, own));
    const text = collapse(line.textContent ?? '');
    const credit = CREDIT_LINE.test(text) || AGENCY_LINE.test(text) || (FIGURE_CREDIT.test(text) && inCaption(start));
    if (text.length > MAX_CREDIT_LENGTH || !credit || line.querySelector(MEDIA)) continue;
    line.remove();
    removed.push(line);
  }
  return removed;
}
