import fs from 'node:fs';
import { mdxToJs } from 'satteri';
const src = fs.readFileSync(process.argv[2], 'utf8').replace(/^---[\s\S]*?---\n/, '');
const r = await mdxToJs(src);
console.log(String(r.code ?? r));
