/** What the core knows about one site. Site knowledge is data: one file per site, no branches. */
import type { ClutterKind } from '../types';

export interface SiteProfile {
  name: string;
  /** Hosts the profile applies to; subdomains included. */
  domains: string[];
  /** Paths of the site's article pages. */
  articlePath: RegExp;
  /** Selectors of the article body, best first. */
  body: string[];
  /** Selectors of clutter the site is known for, by kind (uBlock-style `##` rules without domain). */
  hide: Partial<Record<ClutterKind, string[]>>;
}
