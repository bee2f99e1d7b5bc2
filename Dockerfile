# The API service for docker-compose.yml. Neo4j runs in its own container (NEO4J_URI is set there).
FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# npm install honours the lockfile; npm ci can refuse one written where some platforms' optional
# binaries were unavailable (see .ci/run)
RUN npm install --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seeds ./seeds
ENV NODE_ENV=production
EXPOSE 4000
CMD ["npx", "tsx", "src/cli/main.ts", "start"]
