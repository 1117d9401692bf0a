/**
 * The pure core: document in, data out, no browser APIs.
 * Pipeline: detect → classify → hide / restore → extract (→ sanitize).
 */
export { detect } from './detect';
export { classify, type ClassifyOptions } from './classify';
export { hide, restore, reveal, HIDDEN_ATTR } from './hide';
export { extract, ExtractError, type ExtractOptions } from './extract';
export { parseRule, parseRules, type Rule } from './rules';
export type { Article, ClutterBlock, ClutterKind, Detection, HiddenItem } from './types';
