# The App server: docker build -t postmortem-tracker . && docker run --env-file .env -p 3000:3000 postmortem-tracker
FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY dist ./dist
COPY app.yml ./
EXPOSE 3000
USER node
CMD ["node", "dist/app.js"]
