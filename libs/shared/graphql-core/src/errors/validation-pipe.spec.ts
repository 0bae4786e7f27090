import { IsInt, Min } from 'class-validator';
import { BadUserInputError } from './api-errors';
import { createInputValidationPipe, GRAPHQL_ARGS } from './validation-pipe';

class PageArgs {
  @IsInt()
  @Min(1, { message: '1以上を指定してください。' })
  first!: number;
}

describe('createInputValidationPipe', () => {
  const pipe = createInputValidationPipe();

  it('validates GraphQL arguments and refuses a bad field in Japanese', async () => {
    await expect(
      pipe.transform({ first: 0 }, { type: GRAPHQL_ARGS as never, metatype: PageArgs }),
    ).rejects.toEqual(expect.any(BadUserInputError));
    await expect(
      pipe.transform({ first: 20 }, { type: GRAPHQL_ARGS as never, metatype: PageArgs }),
    ).resolves.toEqual({
      first: 20,
    });
  });

  it('hands a field resolver its parent and context as they are: the same objects, never copied or validated', async () => {
    const parent = { first: 0, extra: 'kept' };
    for (const type of [0, 1, 2]) {
      await expect(pipe.transform(parent, { type: type as never, metatype: PageArgs })).resolves.toBe(parent);
    }
  });

  it('still validates a REST body', async () => {
    await expect(pipe.transform({ first: 0 }, { type: 'body', metatype: PageArgs })).rejects.toEqual(
      expect.any(BadUserInputError),
    );
  });
});
