// Size budget of the CDN build, run by `npm test` (`npm run size`): builds dist-size/ with the
// production Vite config and fails when the eager or the total gzip size is over budget.
// The measuring lives in size-lib.mjs (`npm run bench` reports the same figures).
import { isCatalog, kb, measureSizes } from './size-lib.mjs';

const { rows, eagerGzip, totalGzip, journeys, budget, over } = await measureSizes({
  outDir: 'dist-size',
});

console.log('\nSize of the CDN build (gzip -9):');
for (const r of rows) {
  console.log(
    `  ${r.eager ? 'eager' : isCatalog(r) ? 'lang ' : 'lazy '}  ${r.path.padEnd(52)} ${kb(r.raw).padStart(10)}  gzip ${kb(r.gzip).padStart(9)}`,
  );
}
console.log(`  eager total: ${kb(eagerGzip)} (budget ${kb(budget.eager)})`);
console.log(
  `  everything:  ${kb(totalGzip)} (target ${kb(budget.total)}${totalGzip > budget.total ? ', NOT MET' : ', met'}; ceiling ${kb(budget.totalCeiling)})`,
);
console.log('What one journey loads (English; another language adds its catalog, ~9.6 KB):');
for (const j of journeys) console.log(`  ${j.name.padEnd(24)} ${kb(j.gzip).padStart(10)}`);

if (over.length > 0) {
  console.error(`\nsize: over budget: ${over.join('; ')}`);
  process.exit(1);
}
console.log('size: within budget');
