import { z } from 'zod';

// zod compiles object parsers with Function() unless told not to, and decides so when schemas
// are first built; the app's CSP forbids eval, so this must run before any schema module loads.
z.config({ jitless: true });
