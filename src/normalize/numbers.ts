// Printed numbers are read in src/arith (every stage reads them); normalize's modules import them from here too.
export { readNumber, decimalsOf, type NumberReading } from '../arith/printed.ts';
