// Evaluation order matters: zod's configuration first, then the app and its schemas.
import './configureZod';
import './main';
