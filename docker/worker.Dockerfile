# syntax=docker/dockerfile:1
# The Kakehashi worker: consumes the BullMQ queues (needs DATABASE_URL and REDIS_URL; no HTTP). Build from the
# repository root:
#   docker build -f docker/worker.Dockerfile -t kakehashi-worker .
# The context is filtered by docker/worker.Dockerfile.dockerignore (BuildKit reads <Dockerfile>.dockerignore).

# ---- build: full install (TypeScript, tsc-alias), compile to dist/ ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY libs ./libs
COPY apps ./apps
# The same commands as the `build` target of apps/worker (project.json), without needing Nx here.
RUN npx tsc -p apps/worker/tsconfig.app.json --outDir dist/apps/worker \
 && npx tsc-alias -p apps/worker/tsconfig.app.json --outDir dist/apps/worker

# ---- production dependencies only ----
FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
# prisma/ resolves from the working directory (the DataSource lists prisma/migrations at boot), as in the API image.
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
COPY prisma ./prisma
USER node
# SIGTERM lets running jobs finish (compose gives it stop_grace_period) before the process exits.
STOPSIGNAL SIGTERM
CMD ["node", "dist/apps/worker/apps/worker/src/main.js"]
