import { describe, expect, it } from 'vitest';
import { dropPhotoCredits } from '../../src/core/photo-credits';
import { articleRoot } from '../helpers/fixtures';

const STORY = '<p>The harbour wall was rebuilt over the winter, and the fishing boats came back in March.</p>';

describe('dropPhotoCredits', () => {
  it('removes lines that only credit a picture, in several languages, and keeps the picture', () => {
    const credits = [
      '<p>Image credit: <a href="https://studio.example">Digital Foundry</a></p>',
      '<p><em>Photo by Jane Doe via Unsplash</em></p>',
      '<figure><img src="wall.jpg" alt="The wall"><figcaption>(Photo: Getty Images)</figcaption></figure>',
      '<div><img src="boats.jpg" alt="Boats"><span>Foto: dpa</span></div>',
      '<p>Crédit photo : Jean Dupont</p>',
      '<p>צילום: רויטרס</p>',
    ];
    const root = articleRoot(`${STORY}${credits.join(STORY)}`);
    expect(dropPhotoCredits(root)).toHaveLength(credits.length);
    expect(root.querySelectorAll('img')).toHaveLength(2);
    expect(root.querySelectorAll('p')).toHaveLength(credits.length); // the stories between them
    expect(root.textContent).not.toMatch(/Getty|dpa|Dupont|Unsplash|Foundry|רויטרס/);
  });

  it('removes a name and a picture agency, however many names come first', () => {
    const credits = ['Firn | Getty Images', 'Romas Photo/Shutterstock', '© guoya / Digital Vision Vectors / Getty Images', '(Amr Dalsh / Reuters)'];
    const root = articleRoot(`${STORY}<figure><img src="wall.jpg" alt=""><figcaption><span>${credits[0]}</span></figcaption></figure>${credits
      .slice(1)
      .map((credit) => `<p><em>${credit}</em></p>`)
      .join(STORY)}`);
    expect(dropPhotoCredits(root)).toHaveLength(credits.length);
    expect(root.textContent).not.toMatch(/Getty|Shutterstock|Reuters/);
    expect(root.querySelectorAll('img')).toHaveLength(1);
  });

  it('removes a picture agency named first, and a courtesy line', () => {
    const credits = ['Getty Images / Holger Leue', 'iStock | Jane Doe / Harbour Studio', 'Courtesy of the brand', '(Courtesy of Harbour Museum)'];
    const root = articleRoot(credits.map((credit) => `<p>${credit}</p>`).join(STORY));
    expect(dropPhotoCredits(root)).toHaveLength(credits.length);
    expect(root.textContent).not.toMatch(/Getty|iStock|Courtesy/);
  });

  it("keeps a caption's words and drops only its credit", () => {
    const root = articleRoot(`${STORY}<figure><img src="wall.jpg" alt=""><figcaption>The wall at dawn. <span>Photo: Jane Doe</span></figcaption></figure>`);
    expect(dropPhotoCredits(root)).toHaveLength(1);
    expect(root.querySelector('figcaption')!.textContent).toBe('The wall at dawn. ');
  });

  it('removes a bare credit line that is the caption of a figure, and keeps the caption that says more', () => {
    const root = articleRoot(
      `${STORY}<figure><img src="wall.jpg" alt=""><figcaption><span>Credit: The Harbour Times</span></figcaption></figure>${STORY}` +
        '<figure><img src="boats.jpg" alt=""><figcaption>Boats back in port. Credits: Jane Doe</figcaption></figure>',
    );
    expect(dropPhotoCredits(root)).toHaveLength(1);
    expect(root.textContent).not.toContain('Harbour Times');
    expect(root.textContent).toContain('Boats back in port. Credits: Jane Doe');
    expect(root.querySelectorAll('img')).toHaveLength(2);
  });

  it('keeps the story, a bare credit or source line, and a photo "of" something', () => {
    const lines = [
      '<p>Photographers waited on the pier for the first boat to come in, as they do every spring.</p>',
      '<p>Photo booths will be set up along the quay.</p>',
      '<p>Source: Harbour Board annual report, 2024</p>',
      '<p>Credit: Harbour Board</p>',
      '<p>Foto de la nueva muralla del puerto</p>',
      '<p>Fishermen unloaded the first catch on the quay on Monday. Reuters</p>',
      '<p>Talks went on late into the night, according to AFP</p>',
      '<p>Reuters / Ipsos poll</p>',
      '<p>Courtesy of the harbour master, every boat got a new mooring this spring.</p>',
      '<p>The harbour wall at dawn seen from the pier Jane Doe/Reuters</p>',
    ];
    const root = articleRoot(`${STORY}${lines.join('')}`);
    expect(dropPhotoCredits(root)).toEqual([]);
    expect(root.querySelectorAll('p')).toHaveLength(lines.length + 1);
  });
});
