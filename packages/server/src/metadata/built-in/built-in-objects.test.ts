import { describe, expect, it } from 'vitest';
import { fieldTypeModule } from '../field-types/index.ts';
import { apiNameProblem } from '../naming.ts';
import { BUILT_IN_OBJECTS, BUILT_IN_TAG_GROUPS, isManagedField } from './index.ts';

describe('built-in object declarations', () => {
  const objects = new Set(BUILT_IN_OBJECTS.map((object) => object.apiName));

  it('use valid api names, unique per object, with a declared name field', () => {
    for (const object of BUILT_IN_OBJECTS) {
      expect(apiNameProblem(object.apiName), object.apiName).toBeNull();
      const names = object.fields.map((field) => field.apiName);
      expect(new Set(names).size, object.apiName).toBe(names.length);
      expect(names, object.apiName).toContain(object.nameField);
      for (const name of names) expect(apiNameProblem(name), `${object.apiName}.${name}`).toBeNull();
    }
  });

  it('declare options their type module accepts, lookups to built-in objects and tags to built-in groups', () => {
    const groups = new Set(BUILT_IN_TAG_GROUPS.map((group) => group.key));
    for (const object of BUILT_IN_OBJECTS) {
      for (const field of object.fields) {
        const module = fieldTypeModule(field.type);
        expect(module, `${object.apiName}.${field.apiName}`).toBeDefined();
        const parsed = module!.optionsSchema.safeParse(field.options ?? {});
        expect(parsed.success, `${object.apiName}.${field.apiName}`).toBe(true);
        if (field.type === 'lookup') expect(objects).toContain(field.options?.target);
        if (field.type === 'tags') expect(groups).toContain(field.options?.group);
      }
    }
  });

  it('give the English plural that titles their lists, and no Chinese one (Chinese has no plural)', () => {
    for (const object of BUILT_IN_OBJECTS) {
      expect(object.pluralLabel.en, object.apiName).toBeTruthy();
      expect(object.pluralLabel.en, object.apiName).not.toBe(object.label.en);
      expect(object.pluralLabel['zh-CN'], object.apiName).toBeUndefined();
    }
  });

  it('never require a managed field (the request cannot give it)', () => {
    for (const object of BUILT_IN_OBJECTS)
      for (const field of object.fields) if (field.managed) expect(field.required ?? false).toBe(false);
    expect(isManagedField('contract', 'status')).toBe(true);
    expect(isManagedField('contract', 'amount')).toBe(false);
    expect(isManagedField('expense', 'status')).toBe(false);
  });
});
