import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  CSV_COLUMNS,
  accountRow,
  csvCollector,
  formatCsv
} from "./chunk-W75QBZTN.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-C65SMAYF.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  CSV_COLUMNS,
  accountRow,
  csvCollector,
  formatCsv
};
