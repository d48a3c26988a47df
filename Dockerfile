# The App server: docker build -t postmortem-tracker . && docker run --env-file .env -p 3000:3000 postmortem-tracker
FROM node:24-slim
WORKDIR /app
# HOST: listen on every interface, not only inside the container.
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY dist ./dist
COPY app.yml ./
EXPOSE 3000
USER node
# Probot answers GET /ping with PONG once the server is up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/ping`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/app.js"]
