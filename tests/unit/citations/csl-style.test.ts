import { describe, expect, it } from 'vitest';
import { ContentFileError } from '../../../src/lib/citations/content-file';
import { resolveCslStyle, type BuiltInStyles } from '../../../src/lib/citations/csl-style';

const DIR = 'tests/unit/plugins/fixtures/csl';
const builtIn: BuiltInStyles = {
  has: (name) => name === 'apa' || name === 'vancouver',
  get: (name) => `<style name="${name}"/>`,
  list: () => ['vancouver', 'apa'],
};
const show = (path: string) => path.slice(path.indexOf('tests/'));

describe('resolveCslStyle', () => {
  it('takes built-in templates by name and .csl files from the style directory', () => {
    expect(resolveCslStyle('apa', DIR, builtIn, show)).toEqual({ name: 'apa', xml: '<style name="apa"/>' });
    const tiny = resolveCslStyle('tiny.csl', DIR, builtIn, show);
    expect(tiny.name).toBe('tiny.csl');
    expect(tiny.xml).toContain('<title>Tiny test style</title>');
  });

  it('says what is wrong with an unknown name, a missing file, a path outside and a file that is not CSL', () => {
    const message = (name: string) => {
      try {
        resolveCslStyle(name, DIR, builtIn, show);
      } catch (error) {
        expect(error).toBeInstanceOf(ContentFileError);
        return (error as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(message('chicago')).toBe(`The citation style "chicago" is neither a built-in style (apa, vancouver) nor a .csl file; name one of those, or a .csl file in ${DIR} such as "ieee.csl".`);
    expect(message('ieee.csl')).toBe(`The citation style file ${DIR}/ieee.csl does not exist.`);
    expect(message('../refs.csl')).toBe(`The citation style "../refs.csl" is not a file inside ${DIR}; give the name of a file there, such as "ieee.csl".`);
    expect(message('not-csl.csl')).toBe(`The citation style file ${DIR}/not-csl.csl is not a CSL style: it has no <style xmlns="http://purl.org/net/xbiblio/csl"> element.`);
  });
});
