import { fileURLToPath } from 'node:url';

/** Absolute paths of the demo files, as a bureau would keep them (Chinese headers, UTF-8 with BOM). */
export const demoFiles = {
  targets: fileURLToPath(new URL('../data/targets.csv', import.meta.url)),
  inspectors: fileURLToPath(new URL('../data/inspectors.csv', import.meta.url)),
  conflicts: fileURLToPath(new URL('../data/conflicts.csv', import.meta.url)),
  task: fileURLToPath(new URL('../data/task.json', import.meta.url)),
  items: fileURLToPath(new URL('../data/items.json', import.meta.url)),
} as const;

/** The seed the demo uses, so that the demo prints the same draw on every machine. */
export const demoSeed = '7d3f0c1e9a8b2d4c6e5f7a9b1c3d5e7f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d';
