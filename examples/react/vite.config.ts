import { defineConfig } from 'vite';

// React 19 needs no plugin for custom elements: esbuild compiles the JSX.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
});
