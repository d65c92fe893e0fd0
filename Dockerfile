# Build and run Udfasning against an external PostgreSQL (see docker-compose.yml).
# The runtime image carries only what runs: the production dependencies of the API and the
# domain package, the built API and domain package, the reference data and the built web app.

# Every workspace's package.json, so npm ci can read the lockfile's workspaces.
FROM node:20-bookworm-slim AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/domain/package.json packages/domain/
COPY tests/package.json tests/

# Everything, dev dependencies included, to build.
FROM manifests AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The production dependencies of what the server runs, nothing of the web app's or the tests'.
FROM manifests AS deps
RUN npm ci --omit=dev --no-audit --no-fund --workspace @udfasning/api --workspace @udfasning/domain

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=deps /app /app
COPY --from=build /app/packages/domain/dist packages/domain/dist
COPY --from=build /app/packages/domain/data packages/domain/data
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
