import { defineConfig } from "tsup";

// One config, several entries: tsup builds array configs in parallel and a
// `clean` in one of them can delete the other's output.
export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/main.ts" },
  format: ["esm", "cjs"],
  target: "node20",
  platform: "node",
  dts: {
    entry: { index: "src/index.ts" },
    // tsup injects `baseUrl`, which TypeScript 6 reports as deprecated (TS5101).
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  shims: false,
});
