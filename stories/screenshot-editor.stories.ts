import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EqScreenshotEditor } from '../src/components/capture/screenshot-editor.js';
import '../src/components/capture/screenshot-editor.js';

/** A made-up screenshot of a report: a header, a table with names and revenue figures. */
function sampleScreenshot(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 1280;
  canvas.height = 720;
  const c = canvas.getContext('2d')!;
  c.fillStyle = '#f8fafc';
  c.fillRect(0, 0, 1280, 720);
  c.fillStyle = '#1e3a8a';
  c.fillRect(0, 0, 1280, 72);
  c.fillStyle = '#ffffff';
  c.font = 'bold 28px sans-serif';
  c.fillText('Maestro — Deal 12333 delivery report', 32, 46);
  c.font = '22px sans-serif';
  const rows = [
    ['Advertiser', 'Deal ID', 'Impressions', 'Revenue'],
    ['Acme Media', '12333', '0', '€0.00'],
    ['Northwind Ads', '48810', '1,204,330', '€18,420.55'],
    ['Contoso Retail', '50211', '884,102', '€11,930.10'],
  ];
  rows.forEach((row, i) => {
    c.fillStyle = i === 0 ? '#e2e8f0' : i % 2 ? '#ffffff' : '#f1f5f9';
    c.fillRect(32, 120 + i * 64, 1216, 64);
    c.fillStyle = i === 1 ? '#b91c1c' : '#0f172a';
    row.forEach((cell, j) => c.fillText(cell, 48 + j * 300, 160 + i * 64));
  });
  c.fillStyle = '#b91c1c';
  c.fillText('Error: no bid response for deal 12333 since 2026-12-05 10:00 UTC', 32, 520);
  return canvas;
}

/** Opens the story's editor and shows what it gave back. */
async function openEditor(root: HTMLElement): Promise<void> {
  const editor = root.querySelector<EqScreenshotEditor>('eq-screenshot-editor')!;
  const output = root.querySelector('output')!;
  const png = await editor.edit();
  output.textContent = png
    ? `Attached: a PNG of ${Math.round(png.size / 1024)} KB with ${editor.boxes.length} box(es) burned in.`
    : 'Cancelled: nothing attached.';
}

const meta: Meta = {
  title: 'Elements/Screenshot editor',
  component: 'eq-screenshot-editor',
  tags: ['autodocs'],
  render: () =>
    html`<button
        type="button"
        @click=${(event: Event) =>
          void openEditor((event.currentTarget as HTMLElement).parentElement!)}
      >
        Edit the sample screenshot
      </button>
      <output></output>
      <eq-screenshot-editor .image=${sampleScreenshot()}></eq-screenshot-editor>`,
  parameters: {
    docs: {
      description: {
        component:
          'What "Take a screenshot" of the upload area (`<eq-file-drop>`) opens once the tab is captured: a modal dialog where the person draws Hide boxes (burned into the file as opaque black, for names and revenue figures) and Highlight boxes (an outline in the accent colour), by pointer drag or from the keyboard (Add hide box / Add highlight box, then arrow keys move, Shift with arrow keys resizes, Delete removes). Only the rendered PNG leaves the editor. This story uses a generated sample picture instead of a capture.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Editor: Story = {
  play: async ({ canvasElement }) => {
    void openEditor(canvasElement);
    const editor = canvasElement.querySelector<EqScreenshotEditor>('eq-screenshot-editor')!;
    await editor.updateComplete;
    await editor.addBox('hide');
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  render: (args, context) =>
    html`<div style="--eq-color-scheme: dark">${meta.render!(args, context)}</div>`,
  play: Editor.play,
};
