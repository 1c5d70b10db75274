#!/usr/bin/env node
/// <reference types="node" />
// The `numpy-random` executable (package.json "bin").
import { main } from './main.js';

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
