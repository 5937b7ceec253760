-- wrk script: POSTs the JSON body in $WRK_BODY (a search, so that no personal data is in a URL).
wrk.method = "POST"
wrk.body = os.getenv("WRK_BODY")
wrk.headers["Content-Type"] = "application/json"
