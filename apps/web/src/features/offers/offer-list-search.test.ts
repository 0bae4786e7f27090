import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router';
import {
  hasFilters,
  nextPage,
  offerFilterOf,
  offerListSearchSchema,
  pageOf,
  previousPage,
  withFilter,
  type OfferListSearch,
} from './offer-list-search';

const OFFICE = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const COMPANY = '6fa459ea-ee8a-4ca4-894e-db77e160355e';

/** What the list page receives for an address typed or pasted by hand. */
function fromUrl(query: string): OfferListSearch {
  return offerListSearchSchema.parse(defaultParseSearch(query));
}

describe('the offer list URL', () => {
  it('reads every filter from a hand-written address', () => {
    const search = fromUrl(
      `?status=OPEN&office=${OFFICE}&prefecture=13&industry=e&occupation=H&moveType=SECONDMENT&from=2026-04-01&to=2026-04-30&company=${COMPANY}`,
    );
    expect(offerFilterOf(search)).toEqual({
      status: 'OPEN',
      owningOfficeId: OFFICE,
      prefectureCode: '13',
      jsicMajorCode: 'E',
      occupationCode: 'H',
      moveType: 'SECONDMENT',
      receivedFrom: '2026-04-01',
      receivedTo: '2026-04-30',
      companyId: COMPANY,
    });
  });

  it('keeps prefecture codes two digits, whether the router read them as numbers or text', () => {
    expect(fromUrl('?prefecture=1').prefecture).toBe('01');
    expect(fromUrl('?prefecture=01').prefecture).toBe('01');
    expect(fromUrl('?prefecture=%2213%22').prefecture).toBe('13');
  });

  it('drops values the API could not mean instead of failing the page', () => {
    const search = fromUrl(
      '?status=DONE&office=tokyo&prefecture=48&industry=Z&occupation=M&moveType=EITHER&from=2026-02-30&to=yesterday&company=1',
    );
    expect(search).toEqual(offerListSearchSchema.parse({}));
    expect(hasFilters(search)).toBe(false);
  });

  it('survives the round trip through the address bar, page trail included', () => {
    const search: OfferListSearch = {
      status: 'IN_PROGRESS',
      prefecture: '27',
      from: '2026-04-01',
      pages: ['WyIyMDI2LTA0LTAxIiwiYSJd', 'WyIyMDI2LTAzLTAxIiwiYiJd'],
    };
    const url = defaultStringifySearch(search);
    expect(fromUrl(url)).toEqual(search);
  });

  it('pages forward and back through the cursors, and a changed filter starts again at page 1', () => {
    let search = fromUrl('?status=OPEN');
    expect(pageOf(search)).toEqual({ after: null, number: 1 });
    search = nextPage(search, 'c1');
    search = nextPage(search, 'c2');
    expect(pageOf(search)).toEqual({ after: 'c2', number: 3 });
    expect(pageOf(previousPage(search))).toEqual({ after: 'c1', number: 2 });
    expect(previousPage(previousPage(search)).pages).toBeUndefined();

    const filtered = withFilter(search, 'prefecture', '13');
    expect(filtered).toEqual({ status: 'OPEN', prefecture: '13' });
    expect(withFilter(filtered, 'status', null)).toEqual({ prefecture: '13' });
  });
});
