import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { validateEnvironment } from '@kakehashi/config';

const ROOT = path.resolve(__dirname, '../../../..');
const dockerfile = readFileSync(path.join(ROOT, 'docker/api.Dockerfile'), 'utf8');
const dockerignore = readFileSync(path.join(ROOT, 'docker/api.Dockerfile.dockerignore'), 'utf8');
const webProject = JSON.parse(readFileSync(path.join(ROOT, 'apps/web/project.json'), 'utf8')) as {
  targets: { build: { options: { command: string } } };
};

// No Docker engine runs here: what can be checked is that the image builds the page the way the project does and puts
// it where the API looks for it.
describe('the API image serves the web app', () => {
  it('builds the web app with the web project’s own build command', () => {
    expect(dockerfile).toContain(`npx ${webProject.targets.build.options.command}`);
  });

  it('copies the build to the directory the configuration reads in the image (WEB_DIST_DIR unset)', () => {
    const inImage = validateEnvironment({ NODE_ENV: 'development' }, '/app').webDistDir;
    expect(inImage).toBe('/app/dist/apps/web');
    expect(dockerfile).toMatch(/COPY --from=build \/app\/dist\/apps\/web \.\/dist\/apps\/web/);
  });

  it('sends the web app’s sources to the build (apps/ is allowed, its tests and results are not needed)', () => {
    const lines = dockerignore.split('\n').map((line) => line.trim());
    expect(lines).toContain('!apps');
    expect(lines.some((line) => line.startsWith('apps/web'))).toBe(false);
  });
});
