/**
 * Phrase signals, per clutter kind, in English, German, French, Spanish, Italian, Portuguese,
 * Dutch and Hebrew.
 *
 * LABELS are what clutter blocks call themselves in a heading or caption ("Related Content",
 * "Advertisement", "Newsletter"): they only count when they make up a short text on their own.
 * APPEALS are sentences only a nag says ("be our partner", "support independent journalism"):
 * they count anywhere, but a block inside the article needs two of them (see classify).
 */
import type { ClutterKind } from '../types';

/**
 * Phrases separated by "|", one line per language: the lines are added up into one string, which
 * the minifier folds into one literal (one per list in content.js, not one per line).
 */
function phrases(list: string): string[] {
  return list.split('|');
}

const LABELS: Record<Exclude<ClutterKind, 'overlay' | 'other'>, string[]> = {
  related: phrases(
    'related|related content|related articles|related stories|related news|related posts|' +
    'read more|read next|more stories|more news|also in the news|more from|you may also like|you might also like|' +
    'recommended|recommended for you|most read|most popular|most viewed|trending|top stories|' +
    "don't miss|see also|also read|more on this|latest news|popular now|editor's picks|" +
    'mehr zum thema|das könnte sie auch interessieren|auch interessant|weitere artikel|meistgelesen|empfohlen|' +
    'à lire aussi|lire aussi|sur le même sujet|articles similaires|les plus lus|nos recommandations|' +
    'noticias relacionadas|te puede interesar|también te puede interesar|lo más leído|más noticias|artículos relacionados|' +
    'articoli correlati|potrebbe interessarti|ti potrebbe interessare|leggi anche|i più letti|' +
    'notícias relacionadas|leia também|veja também|mais lidas|artigos relacionados|você pode gostar|' +
    'gerelateerde artikelen|lees ook|meest gelezen|meer nieuws|aanbevolen|' +
    'כתבות נוספות|עוד באתר|תוכן קשור|הנקראים ביותר|מומלצים|כתבות קשורות',
  ),
  share: phrases(
    'share|share this|share this article|share this story|share on|share article|' +
    'teilen|artikel teilen|partager|partager cet article|compartir|compartir en|' +
    'condividi|compartilhe|compartilhar|delen|deel dit artikel|שתפו|שתף',
  ),
  newsletter: phrases(
    'newsletter|newsletters|get our newsletter|daily newsletter|join our newsletter|join our mailing list|' +
    // WordPress's (Jetpack's) subscribe block says this under "Discover more from …".
    'subscribe to get the latest posts sent to your email|' +
    "lettre d'information|boletín|nieuwsbrief|ניוזלטר",
  ),
  ad: phrases(
    'advertisement|advertising|sponsored|sponsored content|paid content|ad|promoted content|' +
    'article continues below|story continues below|continue reading below|' +
    'anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|פרסומת|תוכן ממומן',
  ),
  promo: phrases(
    'subscribe today|special offer|try it free|book a demo|request a demo|request a quote|' +
    'suscríbete|abbonati|assine já|abonneer nu',
  ),
  donation: phrases(
    'dear reader|dear readers|support us|donate|' +
    'liebe leserin|liebe leser|liebe leserinnen und leser|chers lecteurs|chère lectrice, cher lecteur|' +
    'querido lector|queridos lectores|caro lettore|cari lettori|caro leitor|caros leitores|' +
    'beste lezer|beste lezers|קורא יקר|קוראים יקרים|קוראות וקוראים יקרים',
  ),
};

/** Calls said both as a block's whole label and inside an appeal's text: in both lists below. */
const CALLS: Partial<Record<ClutterKind, string[]>> = {
  newsletter: phrases(
    // "Subscribe to our" names what in its next words (newsletter, podcast, channel): all clutter.
    'sign up for our newsletter|subscribe to our|newsletter abonnieren|inscrivez-vous à notre newsletter|' +
    'suscríbete a nuestro boletín|iscriviti alla newsletter|assine nossa newsletter|הירשמו לניוזלטר',
  ),
  promo: phrases('subscribe now|get unlimited access|jetzt abonnieren|abonnez-vous'),
  donation: phrases('support our journalism|make a contribution'),
};

const APPEALS: Partial<Record<ClutterKind, string[]>> = {
  donation: phrases(
    'be our partner|support independent journalism|support quality journalism|' +
    'help us grow|become a member|become a supporter|make a donation|' +
    'small favor to ask|small favour to ask|every dollar you give|consider pitching in|' +
    'unterstützen sie unabhängigen journalismus|jetzt unterstützen|soutenez notre journalisme|faites un don|' +
    'apoya el periodismo|haz una donación|sostieni il giornalismo|fai una donazione|apoie o jornalismo|' +
    'faça uma doação|steun onze journalistiek|doneer nu|תמכו בעיתונות|הצטרפו כשותפים',
  ),
  promo: phrases(
    'upgrade your experience|ads-free|ad-free|exclusive content|premium plus|' +
    'unlimited digital access|start your free trial|already a subscriber|' +
    'suscríbete ahora|abbonati ora|assine agora|neem een abonnement',
  ),
  newsletter: phrases(
    'sign up for our daily|sign up to our|delivered to your inbox|straight to your inbox|right to your inbox|directly to your inbox|meld je aan voor de nieuwsbrief',
  ),
};

/**
 * A price per period ("$5 a month", "4,99 € pro Monat"), a common mark of appeals and offers.
 * No `u` flag: every character here is in the BMP, and Unicode-mode regexes cost far more to
 * compile and run in the page, where this runs over all its text.
 */
const PRICE_PER_PERIOD =
  /(?:[$€£₪]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:[$€£₪]|euro|dollars?))\s*(?:a|per|\/|pro|par|al|por|ao|ל)\s*(?:month|week|year|monat|woche|jahr|mois|semaine|an|mes|año|mese|anno|mês|ano|maand|jaar|חודש)/gi;

/** Characters a label may end with: punctuation and arrows ("Read more »", "Related:"). */
const TAIL_CHARS = ' :.,!»>›→…-';
const LABEL_TAIL = /[\s:.,!»>›→…-]+$/;

/** Each phrase of the lists, with its kind. */
function kindsOf(...lists: Partial<Record<ClutterKind, string[]>>[]): Map<string, ClutterKind> {
  return new Map(lists.flatMap((list) => Object.entries(list).flatMap(([kind, phrases]) => phrases.map((phrase) => [phrase, kind as ClutterKind] as const))));
}

/** Each label, lower-cased, with its kind: a label is a whole short text, so a lookup finds it. */
const LABEL_KINDS = kindsOf(LABELS, CALLS);

/** Each appeal, lower-cased, with its kind, and one regex that finds any of them (longest first). */
const APPEAL_KINDS = kindsOf(APPEALS, CALLS);
const APPEAL_RE = new RegExp(
  [...APPEAL_KINDS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gi',
);

/** A letter of any script, in the sense of "a phrase must not start or end inside a word". */
function isLetter(char: string | undefined): boolean {
  return char !== undefined && (char.toLowerCase() !== char.toUpperCase() || /[\u0590-\u05ff\u0600-\u06ff]/.test(char));
}

export const MAX_LABEL_LENGTH = 60;

/** The kind a short, whitespace-collapsed text names itself as, if it is a clutter label. */
export function matchLabel(text: string): ClutterKind | null {
  if (text.length === 0 || text.length > MAX_LABEL_LENGTH) return null;
  const lower = text.toLowerCase();
  // Most texts end in a letter: spare them the regex (this runs on every short text of a page).
  return LABEL_KINDS.get(TAIL_CHARS.includes(lower[lower.length - 1]!) ? lower.replace(LABEL_TAIL, '') : lower) ?? null;
}

export interface Appeal {
  kind: ClutterKind;
  phrase: string;
  /** A price per period: offers say it, but so do reviews and guides, so it only backs up a real appeal. */
  weak: boolean;
}

/** An appeal and where in the text it starts. */
export interface AppealAt {
  appeal: Appeal;
  index: number;
}

/**
 * The appeals a text contains, in the order they appear. Callers join many texts into one
 * (with line breaks, which no phrase holds): one regex run over a page beats one per text node.
 */
export function appealsIn(text: string): AppealAt[] {
  const found: AppealAt[] = [];
  APPEAL_RE.lastIndex = 0;
  for (let hit = APPEAL_RE.exec(text); hit; hit = APPEAL_RE.exec(text)) {
    const end = hit.index + hit[0].length;
    if (isLetter(text[hit.index - 1]) || isLetter(text[end])) {
      // Inside a longer word ("sign up for our daily" in "redesign up…"): try from the next character.
      APPEAL_RE.lastIndex = hit.index + 1;
      continue;
    }
    const kind = APPEAL_KINDS.get(hit[0].toLowerCase());
    if (kind) found.push({ appeal: { kind, phrase: hit[0], weak: false }, index: hit.index });
  }
  PRICE_PER_PERIOD.lastIndex = 0;
  for (let price = PRICE_PER_PERIOD.exec(text); price; price = PRICE_PER_PERIOD.exec(text)) {
    found.push({ appeal: { kind: 'promo', phrase: price[0], weak: true }, index: price.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
