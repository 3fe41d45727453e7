/*
 * Passkeys: signing in with one (the sign-in page and the second step) and adding one (the security
 * page), through Spring Security's WebAuthn endpoints. Without WebAuthn in the browser the buttons
 * stay hidden or say so; everything else on these pages works without this script.
 */
(function () {
  'use strict';

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(value) {
    var text = window.atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function supported() {
    return !!(window.PublicKeyCredential && navigator.credentials);
  }

  function post(url, element, body) {
    var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    headers[element.getAttribute('data-csrf-header')] = element.getAttribute('data-csrf');
    return fetch(url, {method: 'POST', headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)});
  }

  function say(problem, which) {
    problem.textContent = problem.getAttribute('data-' + which);
    problem.hidden = false;
  }

  function descriptors(list) {
    return (list || []).map(function (item) {
      return Object.assign({}, item, {id: fromBase64Url(item.id)});
    });
  }

  async function signIn(button, problem) {
    problem.hidden = true;
    var asked = await post('/webauthn/authenticate/options', button);
    if (!asked.ok) {
      throw new Error('options ' + asked.status);
    }
    var options = await asked.json();
    var credential = await navigator.credentials.get({publicKey: Object.assign({}, options, {
      challenge: fromBase64Url(options.challenge),
      allowCredentials: descriptors(options.allowCredentials)
    })});
    var response = credential.response;
    var answer = {
      id: credential.id,
      rawId: toBase64Url(credential.rawId),
      type: credential.type,
      response: {
        authenticatorData: toBase64Url(response.authenticatorData),
        clientDataJSON: toBase64Url(response.clientDataJSON),
        signature: toBase64Url(response.signature)
      },
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    };
    if (response.userHandle) {
      answer.response.userHandle = toBase64Url(response.userHandle);
    }
    var result = await post('/login/webauthn', button, answer);
    if (result.status === 429) {
      say(problem, 'throttled');
      return;
    }
    var outcome = result.ok ? await result.json() : {};
    if (outcome.authenticated && outcome.redirectUrl) {
      window.location.href = outcome.redirectUrl;
    } else {
      say(problem, 'failed');
    }
  }

  async function register(form, problem) {
    problem.hidden = true;
    var label = form.querySelector('[name=label]').value.trim();
    var asked = await post('/webauthn/register/options', form);
    if (!asked.ok) {
      throw new Error('options ' + asked.status);
    }
    var options = await asked.json();
    var credential = await navigator.credentials.create({publicKey: Object.assign({}, options, {
      challenge: fromBase64Url(options.challenge),
      user: Object.assign({}, options.user, {id: fromBase64Url(options.user.id)}),
      excludeCredentials: descriptors(options.excludeCredentials)
    })});
    var response = credential.response;
    var registered = await post('/webauthn/register', form, {publicKey: {label: label, credential: {
      id: credential.id,
      rawId: toBase64Url(credential.rawId),
      type: credential.type,
      response: {
        attestationObject: toBase64Url(response.attestationObject),
        clientDataJSON: toBase64Url(response.clientDataJSON),
        transports: response.getTransports ? response.getTransports() : []
      },
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    }}});
    var outcome = registered.ok ? await registered.json() : {};
    if (outcome.success) {
      window.location.assign('/admin/account/security#passkeys');
      window.location.reload();
    } else {
      say(problem, 'failed');
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('passkey-sign-in');
    var problem = document.getElementById('passkey-problem');
    if (button && problem) {
      if (supported()) {
        button.hidden = false;
        button.addEventListener('click', function () {
          signIn(button, problem).catch(function () { say(problem, 'failed'); });
        });
      }
    }
    var form = document.getElementById('passkey-add');
    var addProblem = document.getElementById('passkey-add-problem');
    if (form && addProblem) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (!supported()) {
          say(addProblem, 'unsupported');
          return;
        }
        register(form, addProblem).catch(function () { say(addProblem, 'failed'); });
      });
    }
  });
})();
