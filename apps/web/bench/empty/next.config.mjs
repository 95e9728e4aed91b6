// The baseline for `pnpm bench`: an empty Next page built exactly like the site (static export).
export default { output: 'export', trailingSlash: true };
