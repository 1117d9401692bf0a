/** The Jerusalem Post (jpost.com), learned from its 2006–2019 article layouts. */
import type { SiteProfile } from './profile';

export const jpost: SiteProfile = {
  name: 'The Jerusalem Post',
  domains: ['jpost.com'],
  // Article URLs end in a hyphenated headline slug, often with a numeric id, or Article.aspx?id=…
  articlePath: /\/[^/?#]+-[^/?#]+-[^/?#]+\/?(?:$|[?#])|article\.aspx/i,
  body: ['[itemprop="articleBody"]', '[class^="article-inner-content"]', '.article-body'],
  hide: {
    related: ['##.OUTBRAIN', '##[data-widget-id]', '##.breaking-news-lst', '##.related-content'],
    newsletter: ['##.daily-newsletter', '##[class*="newsletter"]'],
    share: ['##.share-buttons', '##.footer-share-buttons', '##.follow-in-app'],
    ad: ['##.banner', '##[id^="div-gpt-ad"]', '##.top-banner', '##.body-banner', '##.right-side-banner'],
    promo: ['##[class*="premium-promo"]', '##[class*="paywall-promo"]'],
    donation: ['##[class*="donation"]', '##[class*="donate"]'],
    overlay: ['##[class^="paywall-overlay"]', '##.paywall-popup'],
  },
};
