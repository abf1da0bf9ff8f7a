# syntax=docker/dockerfile:1
# kotae server image: `docker build -t kotae .` then
#   docker run -p 3000:3000 -v "$PWD/knowledge:/app/knowledge:ro" -v kotae-data:/app/data kotae
# See docs/deploy.md.

# ---- build: compile TypeScript with the dev dependencies ----
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The prepare script compiles src/, which is not copied yet: build explicitly below.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---- runtime: production dependencies, compiled code, console files, sample knowledge ----
FROM node:22-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    KNOWLEDGE_DIR=/app/knowledge \
    KOTAE_DATA_DIR=/app/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
# The web console is served from the source tree, next to dist/ (no build step for it).
COPY src/server/public ./src/server/public
# Default content; mount your own folder over it.
COPY knowledge ./knowledge
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/knowledge", "/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 (not npm), so SIGTERM from `docker stop` reaches kotae and it drains.
CMD ["node", "bin/kotae.js", "serve"]
