import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  UsageError
} from "./chunk-3VKN5XRU.js";
import "./chunk-SA2IJZVG.js";
export {
  UsageError
};
