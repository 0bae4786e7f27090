# syntax=docker/dockerfile:1
# The Kakehashi API (the web app on :3000, GraphQL at /graphql, GET /health) and the operators' CLI (db:migrate, create-user, …), which the
# compose `migrate` service runs from this same image. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t kakehashi-api .
# The context is filtered by docker/api.Dockerfile.dockerignore (BuildKit reads <Dockerfile>.dockerignore).

# ---- build: full install (TypeScript, tsc-alias, Vite), compile to dist/ ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY libs ./libs
COPY apps ./apps
# The same commands as the `build` targets of apps/api and apps/cli (project.json), without needing Nx here.
RUN npx tsc -p apps/api/tsconfig.app.json --outDir dist/apps/api \
 && npx tsc-alias -p apps/api/tsconfig.app.json --outDir dist/apps/api \
 && npx tsc -p apps/cli/tsconfig.app.json --outDir dist/apps/cli \
 && npx tsc-alias -p apps/cli/tsconfig.app.json --outDir dist/apps/cli \
 && npx vite build --config apps/web/vite.config.mts

# ---- production dependencies only ----
FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
# prisma/ (migrations and seed CSVs) is read from the working directory, so the apps run from /app.
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY --from=build /app/dist/apps/cli ./dist/apps/cli
# The web app's files (WEB_DIST_DIR): the API serves them on its own origin.
COPY --from=build /app/dist/apps/web ./dist/apps/web
COPY prisma ./prisma
# Everything above belongs to root and is read-only for the app's user.
USER node
EXPOSE 3000
# Liveness (/health/live): an unhealthy container is one to restart, which would not help while the database is away or
# the match index still loads. Readiness, for routing traffic, is /health (README "Health checks"). The slim image has
# no curl; Node 20's fetch does the probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
