declare const __RESCIND_VERSION__: string;

/** The product's one version (every package is released under it), put in by the build. */
export const version: string = __RESCIND_VERSION__;
