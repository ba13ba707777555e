// Bundles the explorer page: node build.mjs OUTFILE (run by CMake).
import * as esbuild from 'esbuild';

const outfile = process.argv[2] || 'dist/app.js';
await esbuild.build({
  entryPoints: ['src/app.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  logLevel: 'warning',
  outfile,
});
