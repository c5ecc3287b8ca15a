// GOV.UK Frontend's convention: mark the body so styles for scripted components apply.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
