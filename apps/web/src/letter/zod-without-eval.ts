import { config } from 'zod/mini';

// Core validates the answers with zod. When zod builds a schema it probes `new Function('')` to see
// whether it may compile fast parsers; under this site's CSP (no 'unsafe-eval') that probe is a
// reported CSP violation. `jitless` skips the probe. It must run before core's schemas are built,
// so `letter-app.tsx` imports this module first. (Same zod instance: the workspace has one copy.)
// Imported from `zod/mini`, as core's letter engine is, so classic zod never reaches the browser.
config({ jitless: true });
