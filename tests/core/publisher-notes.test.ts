import { describe, expect, it } from 'vitest';
import { dropPublisherNotes } from '../../src/core/publisher-notes';
import { articleRoot } from '../helpers/fixtures';

const STORY = '<p>The best harbour kayaks of the year, tested on cold mornings by our team of four.</p>';

describe('dropPublisherNotes', () => {
  it("removes the publisher's affiliate disclosure, in several languages, and keeps the story around it", () => {
    const notes = [
      '<p><em>Disclosure: This post contains affiliate links. If you buy through them, I may earn a small commission at no extra cost to you.</em></p>',
      '<div class="note"><p>Our editors pick every product. We may earn a commission from your purchases. <a href="/about">Learn more</a>.</p></div>',
      '<p>As an Amazon Associate I earn from qualifying purchases.</p>',
      '<p>Dieser Artikel enthält Affiliate-Links: Kaufen Sie darüber, erhalten wir eine kleine Provision.</p>',
      '<p>Cet article contient des liens affiliés.</p>',
      '<p>Este post contém links de afiliados.</p>',
    ];
    const root = articleRoot(`<div class="intro">${STORY}${notes[0]}</div>${notes.slice(1).join(STORY)}${STORY}`);
    expect(dropPublisherNotes(root)).toHaveLength(notes.length);
    expect(root.textContent).not.toMatch(/commission|qualifying|Provision|affiliés/);
    expect(root.querySelectorAll('p')).toHaveLength(notes.length); // the stories
    expect(root.querySelector('.note')).toBeNull();
  });

  it('removes a plug for the newsletter between paragraphs, in several languages, and keeps advice and stories about newsletters', () => {
    const plugs = [
      "<p>Love kayaks? Harbour Weekly's newsletter has the best trips, delivered right to your inbox. Sign up now.</p>",
      '<p><strong>Sign up for our Paddle newsletter</strong> to get new reviews every Friday.</p>',
      '<p>Abonnez-vous à notre newsletter pour ne rien manquer.</p>',
    ];
    const root = articleRoot(`${STORY}${plugs.join(STORY)}${STORY}`);
    expect(dropPublisherNotes(root)).toHaveLength(plugs.length);
    expect(root.textContent).not.toMatch(/newsletter|Abonnez/i);
    const kept = [
      '<ul><li>Follow the trade press and subscribe to industry newsletters.</li></ul>',
      '<p>I hoard newsletters, and my inbox shows it: 28 of them arrive every week.</p>',
    ];
    const other = articleRoot(`${STORY}${kept.join('')}`);
    expect(dropPublisherNotes(other)).toEqual([]);
  });

  it('keeps a story about affiliate programmes, a comparison table and a long paragraph', () => {
    const kept = [
      '<p>Streamers earn a commission when viewers buy games or gear through their links, and some make a living from it.</p>',
      '<table><tr><td>Instagram Live</td><td>Brand deals, affiliate links, tips</td></tr></table>',
      `<p>${'We tested each kayak for a month; '.repeat(10)}the shop gave us no commission and we make none on these links.</p>`,
    ];
    const root = articleRoot(`${STORY}${kept.join('')}`);
    expect(dropPublisherNotes(root)).toEqual([]);
    expect(root.querySelectorAll('p, td')).toHaveLength(5);
  });
});
