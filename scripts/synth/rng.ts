// The seeded PRNG (mulberry32) the layouts generator defines: the corpus must be byte-identical for the same --seed.
// Never use Math.random in scripts/synth.
export { Rng } from '../layouts/rng.ts';
