// Preloaded with `node --import` to record every module file the CLI loads, one URL a line.
import { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url);
