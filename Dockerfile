# One image per deployable of the distributed profile, from this one file:
#   docker build --build-arg SERVICE=students -t careerboost/students .
# SERVICE is one of students, companies, placements, search, notifications, gateway (infra/bundle.ts lists them;
# the gateway's image also serves the web app). The web app's own nginx image is web/Dockerfile.
#
# The build stage installs the whole workspace from the lock file and bundles the one deployable
# with esbuild (infra/bundle.ts); the bundle step writes dist/<SERVICE>/node_modules with only the
# packages the bundle leaves external (native addons, the Kafka client) and their dependencies,
# and checks that they load. The runtime stage is that folder and nothing else: no sources, no
# dev tools, no other service's dependencies.
#
# NODE_VERSION is the project's pinned Node (package.json devDependencies.node; a test keeps them equal).
ARG NODE_VERSION=24.21.0

FROM node:${NODE_VERSION}-bookworm-slim AS build
ARG SERVICE
RUN test -n "$SERVICE" || { echo 'build with --build-arg SERVICE=<students|companies|placements|search|notifications|gateway>' >&2; exit 1; }
WORKDIR /src
# Manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json .npmrc ./
COPY contracts/package.json contracts/
COPY gateway/package.json gateway/
COPY services/kit/package.json services/kit/
COPY services/students/package.json services/students/
COPY services/companies/package.json services/companies/
COPY services/placements/package.json services/placements/
COPY services/search/package.json services/search/
COPY services/notifications/package.json services/notifications/
COPY test/package.json test/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
# The generated GraphQL types are build output (not in git); the install above ran before the sources
# were here, so it could not write them.
RUN npm run --silent codegen && npm run --silent bundle -- "$SERVICE"

FROM node:${NODE_VERSION}-bookworm-slim
ARG SERVICE
ENV NODE_ENV=production CB_PROFILE=distributed HOST=0.0.0.0 PORT=4000
WORKDIR /app
# Owned by root and read-only to the process: the service writes nothing to its own files.
COPY --from=build /src/dist/${SERVICE} ./
USER node
EXPOSE 4000
# Ready = store reachable, bus connected, consumer running (/readyz). No curl in a slim image:
# Node's own fetch asks.
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "bundle/main.js"]
