// Next's ambient types (CSS Modules, images) for `pnpm typecheck`, which runs without a build.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
