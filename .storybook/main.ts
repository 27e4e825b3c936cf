import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

// Vite options (legacy decorators, side-effect handling) come from ../vite.config.ts, which the
// builder loads automatically; it drops that file's `build` block (the CDN library build).
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.@(ts|mdx)'],
  // Autodocs pages (props, events, slots, parts, CSS properties from custom-elements.json).
  addons: ['@storybook/addon-docs'],
  // Storybook's own preview runtime is ~900 kB; only warn about chunks well beyond that.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { build: { chunkSizeWarningLimit: 1500 } }),
  core: {
    // The network is closed in CI and on dev machines here: no telemetry, no update checks.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
};

export default config;
