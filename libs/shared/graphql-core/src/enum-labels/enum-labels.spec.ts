import { GraphQLEnumType } from 'graphql';
import {
  Field,
  GraphQLSchemaBuilderModule,
  GraphQLSchemaFactory,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { BadUserInputError } from '../errors/api-errors';
import {
  enumLabelSets,
  MAX_ENUM_LABEL_NAMES,
  registeredEnumNames,
  registerLabelledEnum,
} from './enum-labels';

enum Weather {
  SUNNY = 'SUNNY',
  RAINY = 'RAINY',
}

enum Size {
  SMALL = 'SMALL',
  LARGE = 'LARGE',
}

registerLabelledEnum(Weather, {
  name: 'TestWeather',
  description: '天気',
  labels: { SUNNY: '晴れ', RAINY: '雨' },
  descriptions: { RAINY: '降水量1mm以上' },
});
registerLabelledEnum(Size, { name: 'TestSize', description: '大きさ', labels: { SMALL: '小', LARGE: '大' } });

@ObjectType()
class Forecast {
  @Field(() => Weather)
  weather: Weather;
}

@Resolver()
class ForecastResolver {
  @Query(() => Forecast)
  forecast(): Forecast {
    return { weather: Weather.SUNNY };
  }
}

function refusal(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('enum labels', () => {
  it('makes the labels the values’ descriptions in the built schema', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    const schema = await moduleRef.get(GraphQLSchemaFactory).create([ForecastResolver]);
    const weather = schema.getType('TestWeather') as GraphQLEnumType;
    expect(weather.getValues().map((v) => [v.name, v.description])).toEqual([
      ['SUNNY', '晴れ'],
      ['RAINY', '雨：降水量1mm以上'],
    ]);
  });

  it('answers every registered enum by name, values in declaration order', () => {
    const all = enumLabelSets();
    expect(all.map((set) => set.name)).toEqual(registeredEnumNames());
    expect(all.find((set) => set.name === 'TestWeather')).toEqual({
      name: 'TestWeather',
      values: [
        { value: 'SUNNY', label: '晴れ', description: null },
        { value: 'RAINY', label: '雨', description: '降水量1mm以上' },
      ],
    });
  });

  it('answers the names asked, in their order and each once', () => {
    expect(enumLabelSets(['TestSize', 'TestWeather', 'TestSize']).map((set) => set.name)).toEqual([
      'TestSize',
      'TestWeather',
    ]);
    expect(enumLabelSets([])).toEqual([]);
  });

  it('refuses unknown names field by field, in Japanese, without quoting them', () => {
    const error = refusal(() => enumLabelSets(['TestSize', 'testsize', 'NoSuchEnum']));
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    const fields = error.extensions['fields'] as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toEqual(['names[1]', 'names[2]']);
    expect(fields[0].message).toMatch(/選択肢の一覧はありません/);
    expect(JSON.stringify(fields)).not.toMatch(/NoSuchEnum|testsize/);
  });

  it('refuses more names than there could be enums', () => {
    const error = refusal(() => enumLabelSets(Array(MAX_ENUM_LABEL_NAMES + 1).fill('TestSize')));
    expect(error.extensions['fields']).toEqual([
      { field: 'names', message: expect.stringMatching(/200件まで/) },
    ]);
  });

  it('stops at start when a value has no label', () => {
    enum Broken {
      ONE = 'ONE',
      TWO = 'TWO',
    }
    expect(() =>
      registerLabelledEnum(Broken, {
        name: 'TestBroken',
        description: '壊れた一覧',
        labels: { ONE: '一' } as Record<Broken, string>,
      }),
    ).toThrow('enum TestBroken: no Japanese label for TWO');
    expect(registeredEnumNames()).not.toContain('TestBroken');
  });
});
