#!/usr/bin/env node
// Publishes the feed's JSON Schema, dist/fiche.schema.json, from the valibot schema in
// src/data/feed/schema.ts (through the built dist/esm/), so feed authors' editors can check and
// complete a feed. Runs at build time only: @valibot/to-json-schema never reaches a browser.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
// The checks come from the modules themselves (dist/esm/), not the public entry: they are not
// public, and the schema must be the very object that holds them.
import { FeedSchema, editionDatee } from '../dist/esm/data/feed/schema.js';
import { dateExiste } from '../dist/esm/data/feed/schema-base.js';
import { colonnesAlignees, eligibiliteCoherente, trimestresEnOrdre, zoneCoherente } from '../dist/esm/data/feed/schema-fibre.js';
import { PLAGES_EN_ORDRE } from '../dist/esm/data/feed/schema-site.js';

const schema = toJsonSchema(FeedSchema, {
  target: 'draft-2020-12',
  errorMode: 'throw',
  // JSON has no NaN or Infinity: any JSON number is finite, so `finite` adds nothing here.
  // The edition's check (a date, or the span of its lists' dates) is what `anyOf` says.
  overrideAction: ({ valibotAction, jsonSchema }) => {
    if (valibotAction.type === 'finite') return jsonSchema;
    // The order of a site's ranges: their schema's description says it.
    if (valibotAction.type === 'check' && Object.values(PLAGES_EN_ORDRE).includes(valibotAction.requirement)) return jsonSchema;
    // A day that exists, a zone with no more raccordables than locaux, no more eligible locaux than
    // locaux, columns as long as their codes, quarters in order: JSON Schema cannot say any of
    // them; the descriptions do, and the validator checks them.
    const decrits = [dateExiste, zoneCoherente, eligibiliteCoherente, colonnesAlignees, trimestresEnOrdre];
    if (valibotAction.type === 'check' && decrits.includes(valibotAction.requirement)) return jsonSchema;
    if (valibotAction.type === 'check' && valibotAction.requirement === editionDatee) {
      return { ...jsonSchema, anyOf: [{ required: ['date'] }, { required: ['periode'] }] };
    }
    return undefined;
  },
});
writeFileSync('dist/fiche.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log(`dist/fiche.schema.json: ${Object.keys(schema.properties).length} sections`);
