import { describe, expect, it } from 'vitest';
import { dropAboutSection, dropAuthorBoxes, trimTail } from '../../src/core/article-tail';
import { articleRoot } from '../helpers/fixtures';

const STORY = Array.from({ length: 8 }, (_, i) => `<p>The council voted on Tuesday to rebuild the harbour wall (${i}), at a cost of four million; work starts in spring.</p>`).join('');

const texts = (root: Element): string[] => Array.from(root.querySelectorAll('p, h2, h3, li'), (el) => el.textContent ?? '');

describe('trimTail', () => {
  it('removes a heading with nothing under it, even with a picture after it', () => {
    const root = articleRoot(`${STORY}<h2>What others are reading</h2>`);
    expect(trimTail(root).map((el) => el.tagName)).toEqual(['H2']);
    expect(texts(root)).toHaveLength(8);

    const pinned = articleRoot(`${STORY}<h3>Pin this for later!</h3><hr><figure><img src="pin.jpg" alt="Pin"></figure>`);
    trimTail(pinned);
    expect(pinned.querySelector('h3')).toBeNull();
    expect(pinned.querySelector('img')).not.toBeNull();
  });

  it('removes a clutter label whose list is gone', () => {
    const root = articleRoot(`${STORY}<div><p>Related articles</p></div>`);
    trimTail(root);
    expect(root.textContent).not.toContain('Related');
  });

  it('removes the credit line at the end, in English and in German', () => {
    const root = articleRoot(`${STORY}<p>Written by <a href="/jane">Jane Doe</a></p>`);
    trimTail(root);
    expect(root.textContent).not.toContain('Jane Doe');

    const german = articleRoot(`${STORY}<p><span>Geschrieben von Max Muster am 3. März</span></p>`);
    trimTail(german);
    expect(german.textContent).not.toContain('Muster');
  });

  it('removes a tail of several loose blocks, but never more than three', () => {
    const root = articleRoot(`${STORY}<h2>Newsletter</h2><p>Posted by David at December 16, 2025 11:15 AM</p><h3>Share</h3>`);
    expect(trimTail(root)).toHaveLength(3);
    expect(texts(root)).toHaveLength(8);

    const long = articleRoot(`${STORY}<h2>One</h2><h2>Two</h2><h2>Three</h2><h2>Four</h2>`);
    expect(trimTail(long)).toHaveLength(3);
    expect(texts(long).slice(8)).toEqual(['One']);
  });

  it('keeps an article that ends in a paragraph, and a heading with text under it', () => {
    const root = articleRoot(`<h2>The vote</h2>${STORY}`);
    const before = root.innerHTML;
    expect(trimTail(root)).toEqual([]);
    expect(root.innerHTML).toBe(before);
  });

  it('keeps a last paragraph that only opens like a credit line', () => {
    const closing = `<p>Written by hand in 1850, the harbour charter still governs who may moor where, and the council has no plan to change it.</p>`;
    const root = articleRoot(`${STORY}${closing}`);
    expect(trimTail(root)).toEqual([]);
  });

  it('keeps the headings of an article they make up much of', () => {
    const root = articleRoot('<h2>Test case 1</h2><img src="a.jpg" alt=""><h2>Test case 2</h2><img src="b.jpg" alt="">');
    expect(trimTail(root)).toEqual([]);
  });

  it('removes a list of links at the end, and its label', () => {
    const related = '<ul><li><a href="/a">Best fast food franchises of 2024</a></li><li><a href="/b">Best gym franchises of 2024</a></li></ul>';
    const root = articleRoot(`${STORY}<p>Related reads:</p>${related}`);
    trimTail(root);
    expect(root.querySelector('ul')).toBeNull();
    expect(root.textContent).not.toContain('Related reads');
    expect(texts(root)).toHaveLength(8);
  });

  it('removes lone links after the story, but not a sentence that holds a link', () => {
    const root = articleRoot(`${STORY}<p><a href="/goodreads">Add to Goodreads To-Read List →</a></p><div><a href="#top">↑ Back to top</a></div>`);
    expect(trimTail(root)).toHaveLength(2);
    expect(texts(root)).toHaveLength(8);

    const sentence = articleRoot(`${STORY}<p>The full plan is on <a href="/plan">the council's site</a>.</p>`);
    expect(trimTail(sentence)).toEqual([]);
  });

  it("removes a theme's link set loose in the story's own box, but not a link that ends a run of text there", () => {
    const root = articleRoot(`<div>${STORY}<a href="#" aria-hidden="true">Page load link</a></div>`);
    expect(trimTail(root).map((el) => el.textContent)).toEqual(['Page load link']);
    expect(texts(root)).toHaveLength(8);

    for (const run of ['More on the plan at <a href="/plan">the council</a>', '<b>Read on:</b> <a href="/plan">the council</a>']) {
      const inRun = articleRoot(`<div>${STORY}${run}</div>`);
      expect(trimTail(inRun)).toEqual([]);
    }
  });

  it('removes loose lines after the story: a widget label, a date stamp', () => {
    const root = articleRoot(`${STORY}<p>Last updated June 2022</p><div><span>PIN FOR LATER</span></div>`);
    expect(trimTail(root)).toHaveLength(2);
    expect(texts(root)).toHaveLength(8);
  });

  it("removes the publisher's closing call after the story, but not a story that ends on one", () => {
    const calls = [
      '<p>Like what you are reading? Subscribe to the monthly newsletter for more stories like this one.</p>',
      '<p>Unser Newsletter: jetzt abonnieren und nichts verpassen.</p>',
      '<p>Our newsroom is free of charge and advertising. Your monthly donations keep it that way.</p>',
      '<p>Thanks for reading Harbour Notes! This post is public so feel free to share it.</p>',
    ];
    for (const call of calls) {
      const root = articleRoot(`${STORY}${call}`);
      expect(trimTail(root).map((el) => el.tagName)).toEqual(['P']);
      expect(texts(root)).toHaveLength(8);
    }
    // A longer closing paragraph is the story's own, whatever it mentions (small as it is beside a long story).
    const long = `<p>${'The charity says anyone who wants to help can donate at its office on Main Street, where volunteers sort the gifts. '.repeat(3)}</p>`;
    expect(trimTail(articleRoot(`${STORY.repeat(5)}${long}`))).toEqual([]);
  });

  it("removes the page's notes after the story: fine print, comment rules, a paywall's lines, in several languages", () => {
    const notes = [
      '<p>Copyright 2025 The Associated Press. All rights reserved. This material may not be published without permission.</p>',
      '<p>© 2025 Hafenblatt GmbH. Alle Rechte vorbehalten.</p>',
      '<p>Thank you for being part of our community. Read our Comment Policy before posting.</p>',
      '<p>Les commentaires sont fermés.</p>',
      '<p>Already have an account? <a href="/login">Log in</a></p>',
      '<p>This article is exclusive to Harbour+ subscribers</p>',
      '<p>Republish our articles for free, online or in print, under a Creative Commons license.</p>',
      '<p>Follow me on <a href="https://instagram.com/x">Instagram</a> for new recipes every week!</p>',
      '<p>Síguenos en redes sociales para no perderte nada.</p>',
      "<p>The views expressed by the authors of this blog are their own and do not necessarily reflect the views of Harbour Net.</p>",
      '<p>Die Beiträge unserer Gastautoren geben nicht unbedingt die Meinung der Redaktion wieder.</p>',
      '<p>Accuracy and availability of Harbour Radio transcripts may vary. Transcript text may be revised to correct errors.</p>',
    ];
    for (const note of notes) {
      const root = articleRoot(`${STORY.repeat(2)}${note}`);
      expect(trimTail(root).map((el) => el.tagName)).toEqual(['P']);
      expect(texts(root)).toHaveLength(16);
    }
  });

  it("removes the post's tags and its links to the posts before and after it, beyond three loose lines", () => {
    const index =
      '<p>Previous article</p><p><a href="/older">Harbour wall: what the council decided</a></p><p>Jul 31, 2024</p><p>Next article</p>' +
      '<p>Tags: <a href="/t/harbour">harbour</a>, <a href="/t/council">council</a></p>';
    const root = articleRoot(`${STORY}${index}`);
    expect(trimTail(root)).toHaveLength(5);
    expect(texts(root)).toHaveLength(8);
    for (const line of ['<p>Schlagwörter: Hafen, Rat</p>', '<p>Article précédent</p>', '<p>Filed under: News</p>']) {
      expect(trimTail(articleRoot(`${STORY}${line}`))).toHaveLength(1);
    }
    // A last sentence that starts with the word is the story's.
    expect(trimTail(articleRoot(`${STORY}<p>Tags on the boats will be checked next week.</p>`))).toEqual([]);
  });

  it("removes a paywall's whole box: lines that say what they are do not count against the three loose ones", () => {
    const box =
      '<div><p>Exclusive Story</p><p>Already have an account? <a href="/login">Log in</a></p><h2>This article is exclusive to Harbour+ subscribers</h2>' +
      '<h3>Unlock this article — plus analysis, newsletters and events.</h3><p>Already have an account? <a href="/login">Log in</a></p>' +
      '<p>To read the rest of this story subscribe to Harbour+.</p><p>View all plans</p><p>Subscribe</p></div>';
    const root = articleRoot(`${STORY.repeat(3)}${box}`);
    expect(trimTail(root)).toHaveLength(8);
    expect(texts(root)).toHaveLength(24);
  });

  it('keeps a last paragraph that only mentions copyright or subscribers', () => {
    for (const end of [
      '<p>The excerpt above is from The Harbour Book by Jane Doe, copyright 2013, reprinted with permission.</p>',
      '<p>The paper now has more than two million subscribers, the board said.</p>',
    ]) {
      expect(trimTail(articleRoot(`${STORY}${end}`))).toEqual([]);
    }
  });

  it('keeps a short last line that is a sentence, a number, a point of a list or code', () => {
    for (const end of ['<p>That was all.</p>', '<p>你觉得呢？</p>', '<p>[责任编辑：李明]</p>', '<p>2 comments</p>', '<p>$300 – $900+</p>', '<ul><li>Roads</li><li>Parks</li></ul>', '<pre><code>npm install harbour</code></pre>']) {
      const root = articleRoot(`${STORY}${end}`);
      expect(trimTail(root)).toEqual([]);
    }
  });

  it('keeps a closing list of points, even when one item holds a link', () => {
    const points = '<ul><li>Check the wall <a href="/map">on the map</a> before you moor, every spring and autumn.</li><li><a href="/permits">Permits</a></li></ul>';
    const root = articleRoot(`${STORY}${points}`);
    expect(trimTail(root)).toEqual([]);
    expect(root.querySelectorAll('li')).toHaveLength(2);
  });

  it("removes the author's bio that ends the story, by the byline's name", () => {
    const bios = [
      ['By Jane Doe', '<p>Jane Doe is a senior reporter covering local government and the harbour board.</p>'],
      ['Posted by Karina Cohen', '<p>Karina holds an MBA from Duke University and writes about small business.</p><p>Cohen has no position in any of the stocks mentioned.</p>'],
      ['Von Anna Schmidt', '<p>Anna Schmidt ist Redakteurin im Ressort Wirtschaft.</p>'],
    ];
    for (const [byline, bio] of bios) {
      const root = articleRoot(`${STORY}${bio}`);
      expect(trimTail(root, byline).length).toBeGreaterThan(0);
      expect(texts(root)).toHaveLength(8);
    }
    // A review site's long bio, after a long story.
    const long = `<p>Rebecca Norris is a freelance writer living near the harbour. ${'She has covered travel, home and wellness for ten years, and tested gear for many guides. '.repeat(7)}</p>`;
    const reviewed = articleRoot(`${STORY.repeat(8)}${long}`);
    expect(trimTail(reviewed, 'Rebecca Norris')).toHaveLength(1);
    expect(reviewed.textContent).not.toContain('freelance writer');
    // Without a byline, or about someone else, a last paragraph on a person is the story's.
    const subject = '<p>Jane Doe is the harbour master, and she says the wall will hold for fifty years.</p>';
    expect(trimTail(articleRoot(`${STORY}${subject}`))).toEqual([]);
    expect(trimTail(articleRoot(`${STORY}${subject}`), 'By John Roe')).toEqual([]);
    // The byline's words that name no one ("By", "Staff") match nothing, nor does a brand's one name.
    expect(trimTail(articleRoot(`${STORY}<p>Staff is what the council lacks, says the mayor, and so it waits.</p>`), 'By Harbour Staff')).toEqual([]);
    expect(trimTail(articleRoot(`${STORY}<p>Acme is dedicated to building harbour walls that last.</p>`), 'Acme Official')).toEqual([]);
  });

  it('does nothing to an empty article', () => {
    expect(trimTail(articleRoot(''))).toEqual([]);
  });
});

describe('dropAuthorBoxes', () => {
  const box = '<div class="post-author-box"><h3>About the author</h3><p>Jane Doe is a reporter covering the harbour and the council.</p></div>';

  it('removes the author box after the story, whatever follows it', () => {
    const root = articleRoot(`${STORY}${box}<p>Thanks for reading.</p>`);
    expect(dropAuthorBoxes(root).map((el) => el.className)).toEqual(['post-author-box']);
    expect(root.textContent).not.toContain('Jane Doe');
    expect(texts(root)).toHaveLength(9);
  });

  it('knows the box by its other spellings (autor, auteur, authorBio)', () => {
    for (const name of ['autor-bio', 'auteur', 'm-authorbio', 'entryAuthorCard']) {
      const root = articleRoot(`${STORY}<section class="${name}"><p>Max Muster schreibt über Häfen.</p></section>`);
      expect(dropAuthorBoxes(root)).toHaveLength(1);
    }
  });

  it('keeps the byline at the top and the author of a quote', () => {
    const quote = '<blockquote><p>We will rebuild it stone by stone.</p><cite class="quote-author">Mayor Ann Lee</cite></blockquote>';
    const root = articleRoot(`<p class="author">By Jane Doe</p>${STORY}${quote}`);
    expect(dropAuthorBoxes(root)).toEqual([]);
    expect(root.textContent).toContain('By Jane Doe');
    expect(root.textContent).toContain('Mayor Ann Lee');
  });

  it('keeps a block named for the author that holds much of the article', () => {
    const root = articleRoot(`${STORY.slice(0, 400)}<div class="author-column">${STORY}</div>`);
    expect(dropAuthorBoxes(root)).toEqual([]);
  });

  it('does nothing to an empty article', () => {
    expect(dropAuthorBoxes(articleRoot(''))).toEqual([]);
  });
});

describe('dropAboutSection', () => {
  it("removes the writer's bio from its heading to the end, in several languages", () => {
    for (const heading of ['<h3>About the Author:</h3>', '<p><strong>Über die Autorin</strong></p>', "<h4>À propos de l'auteur</h4>"]) {
      const root = articleRoot(`${STORY}${heading}<p>Jane Doe has covered the harbour for ten years.</p><p>She lives by the quay.</p>`);
      expect(dropAboutSection(root)).toHaveLength(3);
      expect(texts(root)).toHaveLength(8);
    }
  });

  it("removes the publisher's blurb headed with the site's name, and keeps other sections called About", () => {
    const blurb = '<h2>About Harbour Media</h2><p>Harbour Media publishes news for the coast since 1990.</p>';
    const root = articleRoot(`${STORY}${blurb}`);
    expect(dropAboutSection(root, 'Harbour Media')).toHaveLength(2);
    expect(root.textContent).not.toContain('since 1990');
    expect(dropAboutSection(articleRoot(`${STORY}${blurb}`), 'Coast Daily')).toEqual([]);
    expect(dropAboutSection(articleRoot(`${STORY}<h2>About the new wall</h2><p>It is four metres high.</p>`), 'Harbour Media')).toEqual([]);
  });

  it('keeps a section about the author that is much of the article', () => {
    const root = articleRoot(`<p>Short note.</p><h3>About the author</h3>${STORY}`);
    expect(dropAboutSection(root)).toEqual([]);
    expect(texts(root)).toHaveLength(10);
  });
});
